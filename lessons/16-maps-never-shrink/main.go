package main

import (
	"fmt"
	"runtime"
)

const N = 1_000_000

// heapMB reports the bytes of live (and not yet collected) heap objects, in MiB.
func heapMB() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc / 1024 / 1024
}

func main() {
	m := make(map[int][128]byte)
	fmt.Printf("%-26s %4d MB\n", "empty map:", heapMB())

	for i := 0; i < N; i++ {
		m[i] = [128]byte{}
	}
	fmt.Printf("%-26s %4d MB\n", "1,000,000 entries:", heapMB())

	runtime.GC()
	fmt.Printf("%-26s %4d MB\n", "after runtime.GC():", heapMB())

	for i := 0; i < N; i++ {
		delete(m, i)
	}
	runtime.GC()
	fmt.Printf("%-26s %4d MB   len(m) = %d\n", "all deleted, GC:", heapMB(), len(m))
	runtime.KeepAlive(m)

	m = nil
	runtime.GC()
	fmt.Printf("%-26s %4d MB\n", "m = nil, GC:", heapMB())
}
