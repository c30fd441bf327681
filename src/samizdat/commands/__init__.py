"""The subcommands of `samizdat`, one module each; each has add_parser(sub) and run(args)."""
