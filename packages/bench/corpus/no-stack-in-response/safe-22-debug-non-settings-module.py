DEBUG = True


def log(msg):
    if DEBUG:
        print(msg)
