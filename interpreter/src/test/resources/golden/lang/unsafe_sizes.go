package main

import (
	"fmt"
	"unsafe"
)

type A struct {
	a bool
	b int64
	c bool
}

type B struct {
	a bool
	c bool
	b int64
}

type C struct {
	x int8
	y int16
	z int32
	s string
	p *int
	sl []int
	m map[string]int
	i interface{}
	f func()
	arr [3]byte
}

type Empty struct{}

func main() {
	fmt.Println(unsafe.Sizeof(A{}), unsafe.Sizeof(B{}), unsafe.Alignof(A{}))
	var c C
	fmt.Println(unsafe.Sizeof(c), unsafe.Alignof(c))
	fmt.Println(unsafe.Offsetof(c.x), unsafe.Offsetof(c.y), unsafe.Offsetof(c.z), unsafe.Offsetof(c.s),
		unsafe.Offsetof(c.p), unsafe.Offsetof(c.sl), unsafe.Offsetof(c.m), unsafe.Offsetof(c.i),
		unsafe.Offsetof(c.f), unsafe.Offsetof(c.arr))
	fmt.Println(unsafe.Sizeof(int8(0)), unsafe.Sizeof(int16(0)), unsafe.Sizeof(int32(0)), unsafe.Sizeof(0),
		unsafe.Sizeof(uint(0)), unsafe.Sizeof(uintptr(0)), unsafe.Sizeof(float32(0)), unsafe.Sizeof(1.5))
	fmt.Println(unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(map[int]int{}), unsafe.Sizeof(Empty{}),
		unsafe.Sizeof([0]int{}), unsafe.Sizeof([5]int32{}), unsafe.Sizeof(true), unsafe.Sizeof('x'))
	var e interface{}
	var ch chan int
	fmt.Println(unsafe.Sizeof(e), unsafe.Sizeof(ch), unsafe.Alignof(int16(0)), unsafe.Alignof(""))
	fmt.Printf("%T\n", unsafe.Sizeof(0))
	const sz = unsafe.Sizeof(A{})
	var arr [sz]byte
	fmt.Println(len(arr))
	type Nested struct {
		a byte
		b B
		c byte
	}
	var n Nested
	fmt.Println(unsafe.Sizeof(n), unsafe.Offsetof(n.b), unsafe.Offsetof(n.c), unsafe.Offsetof(n.b.b))
}
