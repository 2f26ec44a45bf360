import sys

from vink_desktop.app import main

sys.exit(main())
