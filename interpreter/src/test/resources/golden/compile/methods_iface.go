package main

import "fmt"

type Shape interface {
	Area() float64
}

type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }

type Tri struct{}

func main() {
	var s Shape = Sq{2}
	var t Shape = Tri{}
	var q Sq
	q.Perimeter()
	fmt.Println(s, t, q.side)
}
