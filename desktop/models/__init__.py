"""The data layer: schema, migrations, records, queries, rules and report figures.

No QtWidgets here: everything is usable from the command line, the sync engine and tests alone.
"""
