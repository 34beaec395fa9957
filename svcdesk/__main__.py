import sys

try:
    from svcdesk.cli import main
except KeyboardInterrupt:  # Ctrl+C while the command line itself is still loading
    print("svcdesk: interrupted", file=sys.stderr)
    sys.exit(130)

if __name__ == "__main__":
    sys.exit(main())
