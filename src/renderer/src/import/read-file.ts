// A chosen or dropped file's bytes as base64, read by the browser off the main thread (FileReader), for import.read.
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      // readAsDataURL always yields a string; anything else would be a browser bug, read as an empty file.
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error('The file could not be read. Check that it is still there and try again.'));
    reader.readAsDataURL(file);
  });
}
