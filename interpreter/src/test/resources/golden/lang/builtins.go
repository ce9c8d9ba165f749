package main

import "fmt"

type Pt struct{ X, Y int }

func main() {
	s := make([]int, 2, 5)
	fmt.Println(len(s), cap(s), len("héllo"), len([3]int{}), cap([4]int{}))
	var arrp *[6]int
	fmt.Println(len(arrp), cap(arrp))
	m := make(map[string]int)
	m["a"] = 1
	fmt.Println(len(m))
	p := new(Pt)
	p.X = 3
	fmt.Println(*p)
	s = append(s, 1, 2)
	fmt.Println(s)
	dst := make([]int, 3)
	fmt.Println(copy(dst, s), dst)
	delete(m, "a")
	fmt.Println(len(m))
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("b", "a", "c"))
	x, y := 10, 20
	fmt.Println(min(x, y), max(x, y, 15), min(x))
	var f1, f2 float64 = 1.5, -0.5
	fmt.Println(min(f1, f2), max(f1, f2))
	clear(m)
	m["q"] = 1
	m["r"] = 2
	clear(m)
	fmt.Println(len(m), m)
	cs := []int{1, 2, 3}
	clear(cs)
	fmt.Println(cs, len(cs))
	println("to stderr", 1, true)
	print("also stderr\n")
	var iface interface{} = cap(make(chan int, 3))
	fmt.Println(iface)
	const c = len("const")
	var arr [c]int
	fmt.Println(len(arr))
	ss := make([]string, 0)
	ss = append(ss, "a")
	fmt.Println(ss, len(ss))
	type Big [100]int
	var b Big
	fmt.Println(len(b))
}
