package main

import (
	"fmt"
	"runtime"
)

const N = 1_000_000

func heapMB() float64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.HeapAlloc) / 1024 / 1024
}

func printAlloc(label string) {
	fmt.Printf("%-28s HeapAlloc = %d MB\n", label, int(heapMB()))
}

func main() {
	printAlloc("start")
	m := make(map[int][128]byte)
	printAlloc("after make (value map)")
	for i := 0; i < N; i++ {
		m[i] = [128]byte{}
	}
	printAlloc("after insert 1M")
	for i := 0; i < N; i++ {
		delete(m, i)
	}
	runtime.GC()
	printAlloc("after delete all + GC")
	runtime.KeepAlive(m)
	fmt.Println("len(m) =", len(m))

	m = nil
	printAlloc("after m = nil + GC")

	p := make(map[int]*[128]byte)
	printAlloc("after make (pointer map)")
	for i := 0; i < N; i++ {
		p[i] = &[128]byte{}
	}
	printAlloc("after insert 1M (ptr)")
	for i := 0; i < N; i++ {
		delete(p, i)
	}
	runtime.GC()
	printAlloc("after delete all + GC (ptr)")
	runtime.KeepAlive(p)
}
