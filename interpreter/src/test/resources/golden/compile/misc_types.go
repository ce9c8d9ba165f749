package main

import "fmt"

func main() {
	var n int = 5
	n.Foo()
	var s []int
	s.Len()
	x := n[0]
	var m map[[]int]string
	fmt.Println(x, m)
	n(3)
	var p *int = &5
}
