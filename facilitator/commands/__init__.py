"""Sub-commands of the ``facilitator`` command, one module each.

Each module has ``register(subparsers)``, which adds its parser and sets ``run(args, context)`` as
the parser's ``run`` default.  Modules import the core inside ``run`` so ``--help`` stays instant.
"""
