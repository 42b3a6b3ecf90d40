from baoshu.cli import main

main()
