package main

import (
	"fmt"
	"runtime"
)

func main() {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	// every field of Go's MemStats exists; those the model does not track are zero
	fmt.Println(ms.Lookups, ms.PauseTotalNs, ms.PauseNs[255], ms.PauseEnd[0], ms.BySize[60].Size, ms.GCCPUFraction, ms.DebugGC)
	fmt.Println(ms.EnableGC, ms.NumGC, ms.NumForcedGC)
	fmt.Printf("%T %T %T %d %d\n", ms.HeapAlloc, ms.NumGC, ms.GCCPUFraction, len(ms.PauseNs), len(ms.BySize))
	fmt.Println(ms.Alloc == ms.HeapAlloc, ms.HeapIdle+ms.HeapInuse == ms.HeapSys, ms.TotalAlloc >= ms.Alloc)
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC, ms.NumForcedGC)
}
