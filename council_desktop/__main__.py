from council_desktop.cli import main

raise SystemExit(main())
