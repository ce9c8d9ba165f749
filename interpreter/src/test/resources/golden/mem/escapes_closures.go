package main

import (
	"fmt"
	"strings"
	"sync"
)

type Point struct{ X, Y int }

func (p *Point) Move(dx int) { p.X += dx }

func (p Point) Sum() int { return p.X + p.Y }

type Node struct {
	val  int
	next *Node
}

var keep []*Point

func loop() *int {
	var last *int
	for i := 0; i < 3; i++ {
		x := i
		last = &x
	}
	return last
}

func byValue() int {
	n := 10
	f := func() int { return n * 2 }
	return f()
}

func list(n int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		head = &Node{i, head}
	}
	return head
}

func remember(p *Point) {
	keep = append(keep, p)
}

func join(parts []string) string {
	var b strings.Builder
	for _, s := range parts {
		b.WriteString(s)
	}
	return b.String()
}

func workers() int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	return total
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	p := Point{1, 2}
	p.Move(3)
	q := &Point{5, 6}
	remember(q)
	arr := [4]int{1, 2, 3, 4}
	s := arr[:]
	ch := make(chan *Point, 1)
	r := Point{7, 8}
	ch <- &r
	m := map[string]int{"a": 1}
	fmt.Println(p.Sum(), *loop(), byValue(), list(3).val, join([]string{"x", "y"}), workers(), sum(1, 2, 3), len(s), (<-ch).X, m["a"])
}
