package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%t\n", 1)
	fmt.Printf("%x %q\n", 3.5, 3.5)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%.*d\n", "x", 5)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s %v\n", nil, nil)
	fmt.Printf("%c\n", "str")
	fmt.Printf("no verbs\n", 1, "a")
	fmt.Printf("%p\n", 5)
	fmt.Printf("%-d|%+s\n", 5, "s")
	fmt.Printf("%e\n", 5)
	fmt.Printf("%q\n", true)
	fmt.Printf("%.2s\n", []int{1})
}
