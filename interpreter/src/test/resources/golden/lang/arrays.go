package main

import "fmt"

type Grid [3][3]int

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) {
	a[0] = 100
}

func main() {
	var a [3]int
	b := a
	b[1] = 5
	fmt.Println(a, b, len(a), cap(b))
	c := [...]string{"x", "y", "z", "w"}
	fmt.Println(len(c), c)
	d := [5]int{1, 3: 7, 9}
	fmt.Println(d)
	m := modify(d2())
	fmt.Println(m)
	arr := [3]int{1, 2, 3}
	modify(arr)
	fmt.Println(arr)
	modifyPtr(&arr)
	fmt.Println(arr)
	var g Grid
	g[1][1] = 5
	h := g
	h[0][0] = 1
	fmt.Println(g, h)
	fmt.Println(arr == [3]int{100, 2, 3}, arr != [3]int{})
	type P struct{ X, Y int }
	ps := [2]P{{1, 2}, {3, 4}}
	qs := ps
	qs[0].X = 99
	fmt.Println(ps, qs)
	for i, v := range arr {
		arr[2] = 50
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
	for i, v := range &arr {
		arr[2] = 60
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	s := arr[:]
	s[0] = -1
	fmt.Println(arr, s)
	pa := &arr
	pa[1] = -2
	fmt.Println(len(pa), pa[1], *pa)
	var bools [4]bool
	var strs [2]string
	fmt.Printf("%v %q %v\n", bools, strs, [0]int{})
	mat := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	for _, row := range mat {
		for _, v := range row {
			fmt.Print(v, " ")
		}
	}
	fmt.Println(len(mat), len(mat[0]))
	keys := map[[2]int]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(keys[[2]int{3, 4}], keys)
}

func d2() [3]int { return [3]int{7, 8, 9} }
