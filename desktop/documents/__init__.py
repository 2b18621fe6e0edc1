"""PDF documents (Nghị định 30/2020 layout) and spreadsheets built from the figures in models/."""
