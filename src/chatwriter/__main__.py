"""``python -m chatwriter``: the ``chatwriter`` command."""

from chatwriter.cli import main

if __name__ == "__main__":
    main()
