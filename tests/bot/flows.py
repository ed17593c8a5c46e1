"""Flow-file text the flow tests share."""

# The operator's question of issue 20: appended to the built-in file, no code change.
AGE_GROUP = """
[[questions]]
id = "age_group"
kind = "single_choice"
prompt = "What is your age group?"
dimension = true
hxl = "#affected+age"

  [[questions.choices]]
  id = "u18"
  label = "Under 18"

  [[questions.choices]]
  id = "18_34"
  label = "18 to 34"

  [[questions.choices]]
  id = "35_plus"
  label = "35 or older"
"""
