package main

import (
	"fmt"
	"runtime"
)

type Session struct {
	User  int
	Token [100]byte
}

// expire deletes every session whose id is keep or more, and returns the map to use from now on.
func expire(sessions map[int]Session, keep int) map[int]Session {
	for id := range sessions {
		if id >= keep {
			delete(sessions, id)
		}
	}
	// a map never gives its buckets back: move what is left into a map sized for it
	fresh := make(map[int]Session, len(sessions))
	for id, s := range sessions {
		fresh[id] = s
	}
	return fresh
}

func heapKB() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc / 1024
}

func main() {
	sessions := make(map[int]Session)
	for i := 0; i < 100_000; i++ {
		sessions[i] = Session{User: i}
	}
	sessions = expire(sessions, 10)
	fmt.Println("sessions left:", len(sessions))
	if kb := heapKB(); kb < 200 {
		fmt.Println("heap is small again")
	} else {
		fmt.Println("heap still holds", kb, "KB")
	}
	runtime.KeepAlive(sessions)
}
