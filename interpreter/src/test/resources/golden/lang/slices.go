package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s), s)
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	fmt.Println(b, len(b), cap(b))
	b[0] = 20
	fmt.Println(a)
	b = append(b, 30)
	fmt.Println(a, b)
	c := a[1:2:3]
	fmt.Println(c, len(c), cap(c))
	c = append(c, 40)
	c = append(c, 50)
	c[0] = 99
	fmt.Println(a, c)
	d := make([]int, 3, 10)
	fmt.Println(d, len(d), cap(d))
	e := make([]string, 2)
	fmt.Printf("%q\n", e)
	n := copy(d, []int{7, 8, 9, 10})
	fmt.Println(n, d)
	n = copy(d[1:], d)
	fmt.Println(n, d)
	bs := make([]byte, 3)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)
	empty := []int{}
	fmt.Println(empty == nil, len(empty))
	var grow []int
	for i := 0; i < 2000; i++ {
		grow = append(grow, i)
	}
	fmt.Println(len(grow), cap(grow))
	g2 := append([]int(nil), 1, 2, 3)
	fmt.Println(g2, cap(g2))
	g3 := append([]int{1, 2, 3, 4}, 5)
	fmt.Println(cap(g3))
	g4 := append(make([]int, 0, 1), 1, 2, 3, 4, 5)
	fmt.Println(cap(g4))
	by := append([]byte("ab"), "cde"...)
	fmt.Println(string(by), cap(by))
	st := append([]string{}, "x")
	fmt.Println(cap(st))
	type big struct{ a, b, c, d, e int64 }
	var bg []big
	for i := 0; i < 5; i++ {
		bg = append(bg, big{})
		fmt.Print(cap(bg), " ")
	}
	fmt.Println()
	x := []int{1, 2, 3}
	y := x[:0]
	for _, v := range x {
		if v != 2 {
			y = append(y, v)
		}
	}
	fmt.Println(y, x)
	mat := make([][]int, 3)
	for i := range mat {
		mat[i] = make([]int, i+1)
	}
	mat[2][1] = 5
	fmt.Println(mat)
	s2 := []int{0, 1, 2, 3, 4, 5}
	fmt.Println(s2[2:], s2[:3], s2[:], s2[6:], len(s2[6:]))
	arr := [4]int{1, 2, 3, 4}
	sl := arr[1:3]
	sl = append(sl, 100)
	fmt.Println(arr, sl, cap(sl))
	sl = append(sl, 200)
	sl[0] = -1
	fmt.Println(arr, sl)
	r := []rune("héllo")
	r[1] = 'e'
	fmt.Println(string(r))
	var ns []int
	ns = append(ns, ns...)
	fmt.Println(ns == nil, len(append(ns[:0:0], 1)))
	sa := [][]string{{"a"}, {"b", "c"}}
	fmt.Println(sa, len(sa[1]))
	fmt.Println(cap(append(make([]int, 300), 1)), cap(append(make([]int, 1024), 1)), cap(append(make([]byte, 5), 1)))
}
