document.getElementById('app').textContent = 'leakscope';
