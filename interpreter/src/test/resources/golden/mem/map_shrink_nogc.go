package main

import (
	"fmt"
	"runtime"
)

const N = 1_000_000

func printAlloc(label string) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("%-26s %d MB\n", label, ms.HeapAlloc/1024/1024)
}

func main() {
	n := N
	m := make(map[int][128]byte)
	printAlloc("after make:")
	for i := 0; i < n; i++ {
		m[i] = [128]byte{}
	}
	printAlloc("after insert:")
	for i := 0; i < n; i++ {
		delete(m, i)
	}
	runtime.GC()
	printAlloc("after delete + GC:")
	runtime.KeepAlive(m)

	m = nil
	runtime.GC()
	p := make(map[int]*[128]byte)
	printAlloc("ptr after make:")
	for i := 0; i < n; i++ {
		p[i] = &[128]byte{}
	}
	printAlloc("ptr after insert:")
	for i := 0; i < n; i++ {
		delete(p, i)
	}
	runtime.GC()
	printAlloc("ptr after delete + GC:")
	runtime.KeepAlive(p)
	// re-insert into the emptied map: no growth
	for i := 0; i < n; i++ {
		p[i] = nil
	}
	runtime.GC()
	printAlloc("ptr after re-insert nil:")
	runtime.KeepAlive(p)
}
