"""Channel adapters: one module per channel behind the ``ChannelAdapter`` protocol."""
