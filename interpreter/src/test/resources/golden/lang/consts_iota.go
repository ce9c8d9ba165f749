package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const big = 1 << 100
const huge = big * big
const third = 1.0 / 3
const typed int64 = 7
const str = "con" + "cat"
const r = 'x' + 1

type Color uint8

const (
	Red Color = 1 << iota
	Green
	Blue
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Printf("%T %v\n", Thursday, Thursday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(big>>98, huge>>199, big/(big>>1))
	fmt.Println(third, third*3 == 1)
	fmt.Println(typed*2, str, r, string(rune(r)))
	fmt.Printf("%T %T %T %T\n", big>>98, third, r, typed)
	fmt.Println(Red, Green, Blue, Red|Blue)
	const local = 10
	var x float64 = local / 4
	var y = local / 4
	var z = local / 4.0
	fmt.Println(x, y, z)
	fmt.Println(5/2, 5.0/2, 5%3, -5%3, -5/2)
	const maxU = ^uint64(0)
	fmt.Println(maxU, uint32(1<<32-1), int8(-128))
	fmt.Println(1e3, 1e21, 0.1+0.2)
	var f1, f2 = 0.1, 0.2
	fmt.Println(f1 + f2)
	const iotaInExpr = iota
	fmt.Println(iotaInExpr)
}
