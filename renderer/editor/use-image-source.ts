import { useMemo } from 'react';
import type { NewsdeskApi } from '../../shared/ipc/newsdesk-api';
import type { ImageSource } from './EditorChrome';
import { fileToBase64 } from './paste/image-input';

/**
 * Where the open story's images come from: main stores them (from the
 * open-file dialog, dropped or pasted bytes, another story, or an address in
 * pasted copy) and answers what it stored, or why not.
 */
export function useImageSource(
  api: NewsdeskApi,
  storyId: string | undefined,
  setNotice: (message: string) => void,
): ImageSource | undefined {
  return useMemo((): ImageSource | undefined => {
    if (!storyId) return undefined;
    const failed = (message: string) => ({ error: message });
    return {
      choose: async () => {
        const result = await api.chooseImage({ storyId });
        return result.ok ? result.value : failed(result.error.message);
      },
      store: async (file) => {
        const dataBase64 = await fileToBase64(file);
        const result = await api.addImage({ storyId, dataBase64, fileName: file.name });
        return result.ok ? result.value : failed(result.error.message);
      },
      copy: async (fromStoryId, src) => {
        const result = await api.copyImage({ fromStoryId, toStoryId: storyId, src });
        return result.ok ? result.value : failed(result.error.message);
      },
      fromUrl: async (url) => {
        const data = /^data:image\/[a-z+.-]+;base64,/i.exec(url);
        const result = data
          ? await api.addImage({ storyId, dataBase64: url.slice(data[0].length) })
          : await api.fetchImage({ storyId, url });
        return result.ok ? result.value : failed(result.error.message);
      },
      onError: (message) => setNotice(`The image was not added: ${message}`),
    };
  }, [api, storyId, setNotice]);
}
