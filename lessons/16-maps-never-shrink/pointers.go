package main

import (
	"fmt"
	"runtime"
)

const N = 1_000_000

func heapMB() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc / 1024 / 1024
}

func main() {
	p := make(map[int]*[128]byte)
	for i := 0; i < N; i++ {
		p[i] = &[128]byte{}
	}
	fmt.Printf("%-26s %4d MB\n", "1,000,000 pointers:", heapMB())

	for i := 0; i < N; i++ {
		delete(p, i)
	}
	fmt.Printf("%-26s %4d MB   len(p) = %d\n", "all deleted:", heapMB(), len(p))

	for i := 0; i < N; i++ {
		p[i] = nil
	}
	fmt.Printf("%-26s %4d MB   len(p) = %d\n", "1,000,000 nil values:", heapMB(), len(p))
	runtime.KeepAlive(p)
}
