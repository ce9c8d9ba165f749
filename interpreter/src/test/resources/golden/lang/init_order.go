package main

import "fmt"

var a = b + 1
var b = f()
var c, d = pair()
var total int

func f() int {
	fmt.Println("f called")
	return 10
}

func pair() (int, string) {
	fmt.Println("pair called")
	return 1, "one"
}

func init() {
	fmt.Println("init 1", a, b, c, d)
	total += 1
}

func init() {
	fmt.Println("init 2")
	total += 2
}

var table = map[string]int{"x": len(names)}
var names = []string{"p", "q"}

func main() {
	fmt.Println("main", total, table, names)
}
