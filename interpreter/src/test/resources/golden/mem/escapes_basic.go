package main

import "fmt"

type T struct{ a, b int }

var global *T

func newT() *T {
	t := T{1, 2}
	return &t
}

func newT2() *T {
	return &T{3, 4}
}

func local() int {
	x := 5
	p := &x
	return *p
}

func store() {
	y := 6
	global = &T{y, y}
}

func big() {
	var a [20 << 20]byte
	a[0] = 1
	s := make([]byte, 100<<10)
	s[0] = 2
	n := len(s)
	d := make([]int, n)
	d[0] = 3
	small := make([]int, 8)
	small[0] = 1
	_ = a
}

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func spawn() {
	v := 7
	done := make(chan bool)
	go func() {
		v++
		done <- true
	}()
	<-done
}

func param(p *T) int {
	return p.a
}

func leak(p *T) *T {
	return p
}

func main() {
	t := newT()
	u := newT2()
	fmt.Println(t.a, u.b, local())
	store()
	big()
	f := counter()
	f()
	spawn()
	q := T{1, 1}
	param(&q)
	r := T{2, 2}
	_ = leak(&r)
	var i interface{} = q
	_ = i
	s := "a" + fmt.Sprint(1)
	fmt.Println(s)
}
