"""PDF letters and Excel exports. Filled by the Letters and Excel issues; never imports Qt widgets."""
