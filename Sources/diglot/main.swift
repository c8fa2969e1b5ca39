print("diglot")
