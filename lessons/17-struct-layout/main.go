package main

import (
	"fmt"
	"unsafe"
)

type Loose struct {
	a bool  // 1 byte, then 7 bytes of padding so b is 8-aligned
	b int64 // 8 bytes
	c bool  // 1 byte, then 7 bytes of padding so the size is a multiple of 8
}

type Tight struct {
	b int64 // 8 bytes
	a bool  // 1 byte
	c bool  // 1 byte, then 6 bytes of padding
}

func main() {
	var l Loose
	var t Tight
	fmt.Println("Loose: size", unsafe.Sizeof(l), "align", unsafe.Alignof(l))
	fmt.Println("  a at", unsafe.Offsetof(l.a), "b at", unsafe.Offsetof(l.b), "c at", unsafe.Offsetof(l.c))
	fmt.Println("Tight: size", unsafe.Sizeof(t), "align", unsafe.Alignof(t))
	fmt.Println("  b at", unsafe.Offsetof(t.b), "a at", unsafe.Offsetof(t.a), "c at", unsafe.Offsetof(t.c))
	fmt.Println("a million of each:", unsafe.Sizeof(l)*1_000_000, "vs", unsafe.Sizeof(t)*1_000_000, "bytes")

	var s struct {
		x int32
		y string
		z []int
	}
	fmt.Println("int32", unsafe.Sizeof(s.x), "string", unsafe.Sizeof(s.y), "slice", unsafe.Sizeof(s.z), "struct", unsafe.Sizeof(s))
}
