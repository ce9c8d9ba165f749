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
	cache := make(map[int][64]byte)
	for i := 0; i < 200_000; i++ {
		cache[i] = [64]byte{}
	}
	for i := 100; i < 200_000; i++ {
		delete(cache, i)
	}
	fmt.Printf("%-30s %6d KB   len = %d\n", "big map, 100 entries left:", heapKB(), len(cache))

	// the only way to give the buckets back: copy what is left into a new map
	small := make(map[int][64]byte, len(cache))
	for k, v := range cache {
		small[k] = v
	}
	cache = small
	fmt.Printf("%-30s %6d KB   len = %d\n", "copied into a new map:", heapKB(), len(cache))
}
