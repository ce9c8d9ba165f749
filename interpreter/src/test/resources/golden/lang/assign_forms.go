package main

import (
	"fmt"
	"strings"
)

type T struct {
	A [2]string
	B struct{ X int }
}

type Greeter interface{ Greet() string }
type P struct{ name string }

func (p *P) Greet() string {
	if p == nil {
		return "nil P"
	}
	return "hi " + p.name
}

func main() {
	var v int
	var ok bool
	m := map[string]int{"a": 1}
	v, ok = m["a"]
	fmt.Println(v, ok)
	v, ok = m["z"]
	fmt.Println(v, ok)
	var i interface{} = "s"
	var s string
	s, ok = i.(string)
	fmt.Println(s, ok)
	_, ok = i.(int)
	fmt.Println(ok)
	t1 := T{A: [2]string{"x", "y"}}
	t2 := t1
	fmt.Println(t1 == t2)
	t2.B.X = 1
	fmt.Println(t1 == t2)
	set := map[[2]string]bool{t1.A: true}
	fmt.Println(set[[2]string{"x", "y"}], set[[2]string{"y", "x"}])
	var pp *P
	var g Greeter = pp
	fmt.Println(g.Greet(), g != nil)
	f := pp.Greet
	fmt.Println(f())
	mm := map[string][]string{}
	mm["k"] = append(mm["k"], "v1")
	mm["k"] = append(mm["k"], "v2")
	fmt.Println(mm, len(mm["none"]))
	bs := make([]byte, 5)
	n := copy(bs, "hello world")
	fmt.Println(n, string(bs))
	type Fn func(int) int
	double := Fn(func(x int) int { return 2 * x })
	fmt.Println(double(21))
	var sb strings.Builder
	sb.WriteString("abc")
	fmt.Println(sb.Len(), sb.String())
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	arr := [...]int{5: 1, 2, 0: 7}
	fmt.Println(len(arr), arr)
	ptr := &arr
	ptr[6] = 99
	fmt.Println(arr[6], len(ptr))
	for i := range ptr {
		if i > 1 {
			break
		}
		fmt.Print(i)
	}
	fmt.Println()
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	fmt.Println(append(nilSlice, nilSlice...) == nil)
}
