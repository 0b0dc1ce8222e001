"""The receipt feed: follows receiving's event feed and starts each recorded receipt's inbound
workflow."""
