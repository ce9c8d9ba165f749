package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	i8 = -128
	i8--
	fmt.Println(i8)
	var u8 uint8 = 255
	u8 += 10
	fmt.Println(u8)
	var u8b uint8 = 0
	u8b--
	fmt.Println(u8b)
	var i16 int16 = 32767
	i16 += 2
	fmt.Println(i16)
	var u16 uint16 = 65535
	u16 *= 3
	fmt.Println(u16)
	var i32 int32 = 2147483647
	i32++
	fmt.Println(i32)
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println(u32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println(i64)
	var u64 uint64 = 18446744073709551615
	fmt.Println(u64, u64+1, u64/3, u64%10)
	var n int = -9223372036854775808
	fmt.Println(n-1, -n)
	var up uintptr = 0
	up--
	fmt.Println(up)
	var by byte = 'a'
	by += 200
	fmt.Println(by)
	var ru rune = 0x7fffffff
	ru++
	fmt.Println(ru)
	// multiplication overflow
	var m int32 = 100000
	fmt.Println(m * m)
	var m8 int8 = 16
	fmt.Println(m8*m8, m8<<4, m8<<3)
	// shifts
	var s uint = 70
	fmt.Println(1<<s, uint64(1)<<63, int64(-8)>>1, uint8(200)>>2)
	var one int = 1
	fmt.Println(one<<s, one<<63, -one>>70)
	// unsigned division and comparisons
	var big uint64 = 1 << 63
	fmt.Println(big, big/7, big%7, big > 5)
	// bitwise
	x, y := 0b1100, 0b1010
	fmt.Println(x&y, x|y, x^y, x&^y, ^x)
	var ux uint8 = 0b1100
	fmt.Println(^ux, -ux)
	// division truncates toward zero
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
	// most negative / -1
	mn := int64(-9223372036854775808)
	neg := int64(-1)
	fmt.Println(mn/neg, mn%neg)
	var mn8 int8 = -128
	var neg8 int8 = -1
	fmt.Println(mn8/neg8, mn8*neg8)
	// conversions between sizes
	big2 := 300
	fmt.Println(int8(big2), uint8(big2), int16(big2*1000), uint32(-1+big2-299))
	m1 := int8(-1)
	fmt.Println(uint64(m1), int64(uint32(4294967295)))
	fmt.Printf("%T %T %T\n", 'a', 1, 1.5)
}
