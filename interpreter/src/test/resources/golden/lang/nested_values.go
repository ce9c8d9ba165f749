package main

import "fmt"

type Point struct{ X, Y int }
type Line struct{ A, B Point }

func main() {
	l1 := Line{Point{1, 2}, Point{3, 4}}
	l2 := l1
	l2.B.X = 30
	fmt.Println(l1, l2, l1 == l2, l1.A == l2.A)
	m := map[Point]Line{}
	m[Point{}] = l1
	cp := m[Point{}]
	cp.A.X = 100
	fmt.Println(m[Point{}].A.X, cp.A.X)
	arrs := map[string][2]int{"a": {1, 2}}
	a := arrs["a"]
	a[0] = 9
	fmt.Println(arrs, a)
	var ifs []interface{}
	ifs = append(ifs, Point{1, 1}, &Point{2, 2}, l1)
	for _, i := range ifs {
		switch v := i.(type) {
		case Point:
			v.X = 50
		case *Point:
			v.X = 50
		}
	}
	fmt.Println(ifs[0], ifs[1], ifs[2])
	fmt.Println(ifs[0] == Point{1, 1}, ifs[2] == interface{}(l1))
	ptrs := map[string]*Point{"p": {}}
	ptrs["p"].Y = 7
	fmt.Println(*ptrs["p"])
	nested := [2][]int{{1}, {2}}
	cpy := nested
	cpy[0][0] = 100
	cpy[1] = []int{200}
	fmt.Println(nested, cpy)
}
