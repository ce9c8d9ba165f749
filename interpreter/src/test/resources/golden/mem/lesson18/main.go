package main

import "fmt"

type Point struct{ X, Y int }

// newPoint returns the address of its local variable, so p must outlive the call.
func newPoint(x, y int) *Point {
	p := Point{x, y}
	return &p
}

// sum reads through its pointer and keeps nothing.
func sum(p *Point) int {
	return p.X + p.Y
}

// counter returns a closure that goes on updating n after counter has returned.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	a := newPoint(1, 2)
	b := Point{3, 4}
	s := sum(a) + sum(&b)

	next := counter()
	next()
	c := next()

	buf := make([]byte, 1024)
	n := 2048
	big := make([]byte, n)

	results := make(chan int)
	total := 0
	go func() {
		total += 10
		results <- total
	}()
	t := <-results

	fmt.Println(s, c, len(buf), len(big), t)
}
