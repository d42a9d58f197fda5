"""Qt user interface: windows, dialogs and models. Never builds SQL; calls db/ services."""
