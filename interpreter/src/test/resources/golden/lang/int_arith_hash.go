package main

import "fmt"

func divmod(a, b int) (q, r int) {
	defer func() {
		if e := recover(); e != nil {
			q, r = -1, -1
		}
	}()
	q = a / b
	r = a % b
	return
}

func main() {
	fmt.Println(divmod(7, 2))
	fmt.Println(divmod(7, 0))
	var x uint8 = 250
	for i := 0; i < 10; i++ {
		x++
	}
	fmt.Println(x)
	var y int16 = -32768
	y = -y
	fmt.Println(y)
	z := int32(1) << 30
	fmt.Println(z, z-1)
	var big uint64 = 1<<64 - 1
	fmt.Println(big, big*2, big>>1)
	h := uint32(2166136261)
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
	var hh uint64 = 14695981039346656037
	for _, c := range []byte("hello") {
		hh ^= uint64(c)
		hh *= 1099511628211
	}
	fmt.Println(hh)
}
