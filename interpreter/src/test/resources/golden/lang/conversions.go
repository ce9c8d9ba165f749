package main

import (
	"fmt"
	"strconv"
)

type Celsius float64
type Fahrenheit float64
type MyInt int
type Bytes []byte
type Str string

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	i := 65
	f := float64(i) / 2
	fmt.Println(f, int(f), uint8(i), string(rune(i)))
	fmt.Println(strconv.Itoa(i), fmt.Sprint(i))
	fmt.Println(CToF(100), Celsius(37.5))
	var mi MyInt = 5
	n := int(mi) + 1
	fmt.Println(n, MyInt(n)*mi)
	b := []byte("hey")
	b[0] = 'H'
	s := string(b)
	b[1] = 'E'
	fmt.Println(s, string(b))
	bs := Bytes("x")
	fmt.Println(bs, string(bs))
	st := Str("named")
	fmt.Println(string(st)+"!", []byte(st), []rune(Str("가")))
	r := []rune{72, 105, 0xAC00}
	fmt.Println(string(r))
	var u uint32 = 0xFFFFFFFF
	fmt.Println(int32(u), int64(u), uint16(u), float32(u))
	neg := -1
	fmt.Println(uint(neg), uint8(neg), uint64(neg))
	big := 1e10
	fmt.Println(int64(big), int32(int64(big)))
	fl := 3.7
	fmt.Println(int(fl), int(-fl), uint(fl))
	var f32 float32 = 1.1
	fmt.Println(float64(f32), float32(float64(f32)))
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	ap := (*[3]int)(sl)
	ap[0] = 100
	fmt.Println(arr, *ap)
	a2 := [2]int(sl[1:])
	a2[0] = -1
	fmt.Println(a2, arr)
	var ifc interface{} = mi
	fmt.Printf("%T %v\n", ifc, ifc)
	type Pair struct{ A, B int }
	type Pair2 struct{ A, B int }
	p := Pair{1, 2}
	p2 := Pair2(p)
	fmt.Println(p2)
	fn := func(x int) int { return x + 1 }
	type IntFn func(int) int
	g := IntFn(fn)
	fmt.Println(g(1))
	fmt.Println(string(rune(0x10FFFF+1)) == "\uFFFD", len(string(rune(0xFFFD))))
	x := 300
	fmt.Println(byte(x), int8(x), rune(x))
}
