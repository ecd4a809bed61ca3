// platform/arch/version are strings of the expected shapes.
console.log(typeof process.platform, /^[a-z0-9]+$/.test(process.platform));
console.log(process.platform === 'linux' || process.platform === 'darwin');
console.log(typeof process.arch, /^[a-z0-9]+$/.test(process.arch));
console.log(['x64', 'arm64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64'].indexOf(process.arch) >= 0);
console.log(typeof process.version, /^v\d+\.\d+\.\d+/.test(process.version));
console.log(process.version === 'v' + process.versions.node);
console.log(typeof process.release, typeof process.release.name);
