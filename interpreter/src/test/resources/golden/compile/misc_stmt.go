package main

import "fmt"

func f() {}

func main() {
	break
	x := 1
	x := 2
	fmt.Println(x)
	v := f()
	1 + 2
	len("abc")
	const c = 1
	c = 2
	"str"[0] = 'x'
	var m map[string]struct{ n int }
	m["a"].n = 1
	_ = v
}
