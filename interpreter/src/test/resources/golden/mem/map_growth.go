package main

import (
	"fmt"
	"runtime"
)

func heapKB() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc / 1024
}

func main() {
	base := heapKB()
	m := make(map[int]int64)
	for _, n := range []int{8, 100, 1000, 10000, 100000} {
		for i := len(m); i < n; i++ {
			m[i] = int64(i)
		}
		fmt.Printf("map[int]int64, %6d entries: %5d KB\n", n, heapKB()-base)
	}
	for i := 0; i < 100000; i++ {
		delete(m, i)
	}
	fmt.Printf("after deleting every key:     %5d KB, len %d\n", heapKB()-base, len(m))
	for i := 0; i < 100000; i++ {
		m[i] = 1
	}
	fmt.Printf("after putting them back:      %5d KB\n", heapKB()-base)
	runtime.KeepAlive(m)
	m = nil
	fmt.Printf("after m = nil:                %5d KB\n", heapKB()-base)

	// values over 128 bytes are stored as pointers to separate objects
	small := make(map[int][128]byte)
	large := make(map[int][129]byte)
	for i := 0; i < 1000; i++ {
		small[i] = [128]byte{}
		large[i] = [129]byte{}
	}
	s := heapKB() - base
	runtime.KeepAlive(small)
	small = nil
	l := heapKB() - base
	runtime.KeepAlive(large)
	fmt.Printf("1000 x [128]byte inline: %d KB; 1000 x [129]byte indirect: %d KB\n", s-l, l)
	for i := 0; i < 1000; i++ {
		delete(large, i)
	}
	fmt.Printf("indirect values are freed on delete, buckets stay: %d KB\n", heapKB()-base)
	runtime.KeepAlive(large)
}
