package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

func main() {
	var nilMap map[string]int
	fmt.Println(nilMap == nil, len(nilMap), nilMap["missing"])
	v, ok := nilMap["x"]
	fmt.Println(v, ok)
	delete(nilMap, "x")
	for k := range nilMap {
		fmt.Println("never", k)
	}
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(m, len(m))
	m["d"] = 4
	m["a"] += 10
	m["z"]++
	delete(m, "b")
	delete(m, "nope")
	fmt.Println(m)
	if n, ok := m["c"]; ok {
		fmt.Println("found c", n)
	}
	if _, ok := m["b"]; !ok {
		fmt.Println("b gone")
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(sum)
	pts := map[Point]string{{1, 2}: "a", {0, 0}: "origin"}
	pts[Point{3, 4}] = "b"
	fmt.Println(pts[Point{1, 2}], pts[Point{9, 9}] == "", pts)
	groups := map[string][]int{}
	groups["odd"] = append(groups["odd"], 1, 3)
	groups["even"] = append(groups["even"], 2)
	fmt.Println(groups)
	counts := make(map[rune]int)
	for _, r := range "hello 세상 세" {
		counts[r]++
	}
	fmt.Println(counts)
	structs := map[string]Point{"p": {1, 1}}
	p := structs["p"]
	p.X = 100
	fmt.Println(structs)
	ptrs := map[string]*Point{"p": {1, 1}}
	ptrs["p"].X = 100
	fmt.Println(*ptrs["p"])
	alias := m
	alias["new"] = 42
	fmt.Println(len(m), m["new"])
	nested := map[string]map[string]int{"x": {"y": 1}}
	nested["x"]["z"] = 2
	fmt.Println(nested)
	fb := map[float64]string{2.5: "a", -1: "b", 0: "c"}
	fmt.Println(fb)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	im := map[interface{}]int{"s": 1, 2: 2, 1.5: 3, false: 4}
	fmt.Println(len(im), im["s"], im[2], im[1.5], im[false])
	mm := make(map[int]int, 100)
	for i := 0; i < 100; i++ {
		mm[i%10] += i
	}
	fmt.Println(len(mm), mm[3])
	for k := range mm {
		delete(mm, k)
	}
	fmt.Println(len(mm))
	fmt.Printf("%v %d\n", map[string]bool{"t": true}, map[string]int{"one": 1})
}
