package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Stack struct{ items []*int }

func (st *Stack) Push(p *int) { st.items = append(st.items, p) }

func makeErr(code int) error {
	if code > 0 {
		return errors.New("bad")
	}
	return fmt.Errorf("code %d", code)
}

func total(shapes []Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func fill(n int) []int {
	out := make([]int, 0, 10)
	for i := 0; i < n; i++ {
		out = append(out, i)
	}
	return out
}

func first(xs []int) *int {
	return &xs[0]
}

func counterN() int {
	c := new(int)
	*c = 3
	return *c
}

func deferLoop() {
	for i := 0; i < 2; i++ {
		defer func() { _ = i }()
	}
}

func main() {
	var st Stack
	v := 42
	st.Push(&v)
	shapes := []Shape{Sq{2}, Sq{3}}
	big := new([100000]int)
	big[0] = 1
	var local [1000]int
	local[1] = 2
	fmt.Println(total(shapes), len(fill(3)), *first([]int{9}), counterN(), makeErr(0), big[0], local[1])
	deferLoop()
	msg := fmt.Sprintf("%d", v)
	println(msg)
}
