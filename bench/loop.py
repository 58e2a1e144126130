# Ten million iterations with a branch, in CPython's fastest plain form (locals in a function).
def main():
    s = 0
    for i in range(10_000_000):
        if i % 3 == 0:
            s = s + i
    print(s)

main()
