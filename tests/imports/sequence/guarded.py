main_ran = False
if __name__ == "__main__":
    main_ran = True
