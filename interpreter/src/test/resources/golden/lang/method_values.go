package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Num int

func (n Num) Double() Num { return n * 2 }

func main() {
	p := Point{1, 2}
	add := p.Add
	p.X = 100
	fmt.Println(add(Point{1, 1}))
	scale := p.Scale
	scale(2)
	fmt.Println(p)
	addExpr := Point.Add
	fmt.Println(addExpr(Point{1, 1}, Point{2, 2}))
	scaleExpr := (*Point).Scale
	scaleExpr(&p, 10)
	fmt.Println(p)
	ptrAdd := (*Point).Add
	fmt.Println(ptrAdd(&p, Point{1, 1}))
	fmt.Printf("%T\n%T\n%T\n", addExpr, scaleExpr, add)
	d := Num(21).Double
	fmt.Println(d(), Num.Double(4))
	fs := []func() string{p.String, Point{7, 8}.String}
	for _, f := range fs {
		fmt.Println(f())
	}
	var s fmt.Stringer = Point{3, 4}
	m := s.String
	fmt.Println(m())
	iexpr := fmt.Stringer.String
	fmt.Println(iexpr(Point{5, 6}))
}
